import { describe, expect, it } from 'vitest';
import { DEBUNK_CUE, DEBUNK_PHRASES } from '../../../src/engine/debunk-phrases';
import { stanceOf } from '../../../src/engine/stance';

const DEBUNKS = new RegExp(DEBUNK_PHRASES, 'iu');

describe('debunking phrases and their cue', () => {
  // Each of the phrase families, as headlines word them.
  const debunking = [
    'Actor kills stolen Batmobile rumor',
    'Singer makes fun of the rumours about her wedding',
    'Minister pours cold water on speculation of a snap election',
    'Selfie claims completely crazy, says the museum',
    'The band makes it to film night despite death rumours',
    'Did Boston.com make up this story about a lost wallet?',
    'Did he stage his viral video?',
  ];

  it('finds a debunking phrase only where the cue is, so the cue may rule sentences out first', () => {
    for (const s of debunking) {
      expect(DEBUNKS.test(s), s).toBe(true);
      expect(DEBUNK_CUE.test(s), s).toBe(true);
      expect(stanceOf(s).denial, s).toBe(true);
    }
  });

  it('reads no denial in sentences without a cue or a denial word', () => {
    for (const s of ['The ministry said 12,000 troops had arrived in Kursk.', 'Kills 10 in an attack on the market, officials say.']) {
      expect(DEBUNK_CUE.test(s), s).toBe(false);
      expect(stanceOf(s).denial, s).toBe(false);
    }
  });
});
