import { z } from 'zod/mini';

// The app's Content-Security-Policy forbids eval. zod would otherwise probe new Function() for its
// compiled fast path on first use, trip a policy violation and fall back to the code path it uses
// with this setting. main.ts imports this module first, before anything parses.
z.config({ jitless: true });
