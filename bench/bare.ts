import Dexie from 'dexie';
import type { CaioDatabase } from '../src/db/core/schema';
import { drawAndPaint } from './drawFloors';
import { RAW_READS } from './rawReads';

/**
 * The cold-start floor: a bare page that opens the app's IndexedDB with Dexie alone, reads the home screen's
 * rows and draws them with plain DOM calls. `window.__bareDone` is the time from navigation start to the
 * painted frame, as the app's cold start is measured.
 */
declare global {
  interface Window {
    __bareDone?: number;
  }
}

const db = new Dexie('caio-desk');
await db.open();
const lists = await RAW_READS.home(db as unknown as CaioDatabase, {} as never);
await drawAndPaint('home', lists, { keep: true });
window.__bareDone = performance.now();
