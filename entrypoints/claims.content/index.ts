import { startClaimLens } from '../../src/page/content';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Top frame only: it reads the article of a same-origin iframe itself (src/page/frames.ts), so one session and the
  // popup's frame 0 hold the page's state; cross-origin frames are left alone.
  allFrames: false,
  main(ctx) {
    startClaimLens({
      signal: ctx.signal,
      onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    });
  },
});
