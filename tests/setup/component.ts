import { beforeEach } from 'vitest';
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

// jsdom has no layout, so nothing ever resizes: an observer that never reports is the truth there.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Each test is a fresh browser profile: localStorage (the ledger, the journal) starts empty.
beforeEach(() => localStorage.clear());

// jsdom has <dialog> without its methods: open and close it as a browser does, close event and all.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
