import { registerBackground } from '../src/background/register';

export default defineBackground(() => {
  registerBackground();
});
