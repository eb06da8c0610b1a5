import '../../src/ui/shared/base.css';
import '../../src/ui/library/library.css';
import { browser } from 'wxt/browser';
import { addExportActions } from '../../src/ui/library/export-these';
import { runLibrary } from '../../src/ui/library/library';

const root = document.getElementById('app');
if (root) {
  const send = (message: object) => browser.runtime.sendMessage(message);
  const library = runLibrary(root, { send, extensionUrl: (path) => browser.runtime.getURL(path as '/viewer.html') });
  addExportActions(library, send);
}
