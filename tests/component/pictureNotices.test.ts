import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import NoticeBar from '../../src/components/NoticeBar.svelte';
import { locale } from '../../src/state/locale.svelte';
import { makeAppState } from '../factories/appState';

beforeEach(() => locale.set('fi'));

describe('picture notices of the plan screen', () => {
  it('says in Finnish why no PNG was made of a picture this large, and what to do instead', () => {
    const { app } = makeAppState();
    render(NoticeBar, { app });
    app.notice = { kind: 'pictureTooLarge', size: { width: 1920, height: 130_002 } };
    flushSync();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/^PNG-kuvaa ei tehty: kuva on 1\s920 × 130\s002 pikseliä/);
    expect(alert).toHaveTextContent('Tallenna se SVG-kuvana, tulosta se');
  });

  it('adds to "downloaded" that the PNG was made less sharp than usual, and its size', () => {
    const { app } = makeAppState();
    render(NoticeBar, { app });
    app.notice = {
      kind: 'exported',
      fileName: 'tiekartta.png',
      count: 1,
      reduced: { width: 1766, height: 32_767 },
    };
    flushSync();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Kuva ”tiekartta.png” on ladattu.');
    expect(status).toHaveTextContent(/pienemmällä tarkkuudella: 1\s766 × 32\s767 pikseliä/);
  });

  it('says nothing of sharpness where the PNG was made at 2×', () => {
    const { app } = makeAppState();
    render(NoticeBar, { app });
    app.notice = { kind: 'exported', fileName: 'tiekartta.png', count: 1, reduced: null };
    flushSync();
    expect(screen.getByRole('status')).not.toHaveTextContent('tarkkuudella');
  });
});
