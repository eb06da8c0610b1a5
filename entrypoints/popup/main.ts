import '../../src/ui/shared/base.css';
import '../../src/ui/popup/popup.css';
import { browserPorts } from '../../src/ui/popup/browser-ports';
import { runPopup } from '../../src/ui/popup/popup';

const root = document.getElementById('app');
if (root) void runPopup(root, browserPorts(location));
