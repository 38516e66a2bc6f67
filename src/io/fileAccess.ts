import { FILE_EXTENSION } from './planFile';

/** The part of the File System Access API we use (Chromium); typed here as lib.dom lacks it. */
export interface PlanFileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

interface PickerWindow {
  showOpenFilePicker?: (options: unknown) => Promise<PlanFileHandle[]>;
}

export const canPickWithHandle = (): boolean =>
  typeof (globalThis as PickerWindow).showOpenFilePicker === 'function';

/** Opens the system file picker; null when the user cancels. */
export async function pickPlanFile(): Promise<PlanFileHandle | null> {
  const picker = (globalThis as PickerWindow).showOpenFilePicker;
  if (!picker) return null;
  try {
    const [handle] = await picker({
      types: [
        {
          description: 'Tiekartta',
          accept: {
            'application/json': [FILE_EXTENSION, '.json'],
            'image/png': ['.png'],
            'image/svg+xml': ['.svg'],
          },
        },
      ],
      excludeAcceptAllOption: false,
    });
    return handle ?? null;
  } catch (error) {
    if ((error as Error).name === 'AbortError') return null;
    throw error;
  }
}

/** Replaces the file's contents in one write (the browser swaps it in on close). */
export async function writeToHandle(handle: PlanFileHandle, text: string): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
}
