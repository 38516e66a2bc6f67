import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPlanBytes } from '../../../src/io/readPlanBytes';
import { readPlanFile } from '../../../src/io/readPlanFile';
import { toMessages, type ReaderMessage } from '../../../src/io/readerMessages';
import { makeFileText } from '../../factories/files';
import { makePlan } from '../../factories/plans';

type Behaviour = 'answer' | 'crash' | 'garbled' | 'refuse-to-start';

/** A stand-in for the browser's Worker that runs readPlanBytes, or fails the way a worker can. */
function fakeWorker(behaviour: Behaviour, perMessage?: number) {
  const made: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((event: { data: ReaderMessage }) => void) | null = null;
    onerror: ((event: { preventDefault(): void }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    terminated = false;
    transferred: unknown[] = [];
    constructor(
      readonly url: URL,
      readonly options: WorkerOptions,
    ) {
      if (behaviour === 'refuse-to-start') throw new DOMException('blocked', 'SecurityError');
      made.push(this);
    }
    postMessage(buffer: ArrayBuffer, transfer: unknown[]) {
      this.transferred = transfer;
      const bytes = new Uint8Array(buffer.slice(0));
      setTimeout(() => {
        if (behaviour === 'crash') this.onerror?.({ preventDefault: () => undefined });
        else if (behaviour === 'garbled') this.onmessageerror?.();
        else
          for (const data of toMessages(readPlanBytes(bytes), perMessage))
            this.onmessage?.({ data });
      });
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

const FILE = makeFileText(makePlan({ title: 'Työntekijältä' }));

describe('readPlanFile reads in a worker where there is one', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the bytes to a module worker, transferred, takes its answer and ends it', async () => {
    const made = fakeWorker('answer');
    const result = await readPlanFile(new Blob([FILE]));
    expect(result.ok && result.plan.title).toBe('Työntekijältä');
    expect(made).toHaveLength(1);
    const [worker] = made;
    expect(worker?.url.pathname).toMatch(/planReader\.worker\.ts$/);
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.transferred).toHaveLength(1);
    expect(worker?.transferred[0]).toBeInstanceOf(ArrayBuffer);
    expect(worker?.terminated).toBe(true);
  });

  it('puts a plan sent in parts back together', async () => {
    const plan = makePlan({ title: 'Osina' });
    fakeWorker('answer', 1);
    const result = await readPlanFile(new Blob([makeFileText(plan)]));
    expect(plan.items.length).toBeGreaterThan(1);
    expect(result.ok && result.plan.items).toEqual(plan.items);
  });

  it.each<Behaviour>(['crash', 'garbled'])(
    'answers a worker that fails (%s) with a coded error, and ends it',
    async (behaviour) => {
      const made = fakeWorker(behaviour);
      expect(await readPlanFile(new Blob([FILE]))).toEqual({
        ok: false,
        error: { code: 'read-failed' },
      });
      expect(made[0]?.terminated).toBe(true);
    },
  );

  it('reads in this thread when a worker cannot be started', async () => {
    fakeWorker('refuse-to-start');
    const result = await readPlanFile(new Blob([FILE]));
    expect(result.ok && result.plan.title).toBe('Työntekijältä');
  });

  it('refuses a file over the limit before reading it or starting a worker', async () => {
    const made = fakeWorker('answer');
    const result = await readPlanFile(new Blob([new Uint8Array(25 * 1024 * 1024 + 1)]));
    expect(result.ok ? null : result.error.code).toBe('too-large');
    expect(made).toHaveLength(0);
  });
});
