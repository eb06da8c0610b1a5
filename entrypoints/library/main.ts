import '../../src/ui/shared/base.css';
import '../../src/ui/library/library.css';
import { browser } from 'wxt/browser';
import { runLibrary } from '../../src/ui/library/library';

const root = document.getElementById('app');
if (root) {
  runLibrary(root, {
    send: (message) => browser.runtime.sendMessage(message),
    extensionUrl: (path) => browser.runtime.getURL(path as '/viewer.html'),
  });
}
