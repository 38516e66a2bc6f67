import { fiMenus } from '../i18n/fiMenus';
import { locale } from './locale.svelte';

/** Imported by the menus' entries, which load when a menu first opens: their Finnish comes along. */
locale.addFinnish(fiMenus);
