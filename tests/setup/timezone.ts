import { expect } from 'vitest';

// Every date test assumes Helsinki; a run in another zone must fail loudly, not pass by luck.
expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Helsinki');
