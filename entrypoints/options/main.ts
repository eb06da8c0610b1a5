import '../../src/ui/shared/base.css';
import '../../src/ui/options/options.css';
import { renderOptions } from '../../src/ui/options/options';

const root = document.getElementById('app');
if (root) renderOptions(root);
