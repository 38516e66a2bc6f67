import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

// jsdom has no layout, so nothing ever resizes: an observer that never reports is the truth there.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
