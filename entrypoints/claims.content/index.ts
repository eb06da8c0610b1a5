import { startClaimLens } from '../../src/page/content';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Top frame only for now: articles in iframes are rare, and each frame would need its own session.
  allFrames: false,
  main(ctx) {
    startClaimLens({
      signal: ctx.signal,
      onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    });
  },
});
