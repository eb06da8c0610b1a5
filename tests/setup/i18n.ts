/**
 * Unit tests run without a browser: `@webext-core/fake-browser` leaves `i18n.getMessage` unimplemented. This gives
 * it the English `messages.json` with the browser's substitution rules, so the UI under test shows the words a
 * reader would see.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishMessage } from '../../src/i18n/english';

fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
