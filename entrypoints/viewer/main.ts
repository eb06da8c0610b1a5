import '../../src/ui/shared/base.css';
import '../../src/ui/viewer/viewer.css';
import { browser } from 'wxt/browser';
import { runViewer } from '../../src/ui/viewer/viewer';

const root = document.getElementById('app');
if (root) void runViewer(root, location.search, (id) => browser.runtime.sendMessage({ type: 'source/get', id }));
