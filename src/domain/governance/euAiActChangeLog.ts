import type { RulePackChange } from './aiActTypes';

/**
 * What each version of the EU AI Act rule pack changed, newest first. The first entry is the
 * current version. A classification made with an older version stays readable: its answers are
 * re-run against the current pack, and the panel lists the changes since its version.
 */
export const EU_AI_ACT_CHANGE_LOG: readonly RulePackChange[] = [
  {
    version: '2026.12',
    date: '2026-12-01',
    changes: [
      "Every rule links to its official text on EUR-Lex; uncertain points of the amended text are said in the rule's note.",
      'Each duty states whom it binds; a deployer sees "check that the provider does it" tasks apart from its own duties (Art. 50(1) and (2), Art. 16, Art. 6(4)).',
      'Art. 6(4) documentation of the Art. 6(3) exception binds the provider; the Art. 49(2) registration is flagged as uncertain after Reg. (EU) 2026/1744.',
      'Art. 50(2): transition to 2 Dec 2026 for generative systems already on the market before 2 Aug 2026.',
      'Incident clocks: Art. 73 applies to high-risk systems only and from the high-risk date; GDPR Art. 33(5) "unlikely to result in a risk" and Art. 34 communication to the people concerned; reports in stages (Art. 73(5), GDPR Art. 33(4)).',
      'Overrides below a tier the rules impose (Annex III with profiling, prohibited practices) need an acknowledgement naming the article.',
      'After a prohibited practice is found, the remaining questions are optional.',
      'Art. 5(1)(f) hint: a workplace camera that infers stress or anger is emotion recognition at work.',
    ],
  },
  {
    version: '2026.11',
    date: '2026-11-26',
    changes: [
      'First version: Art. 5, 6, 50, 25-27 questions; obligations with dates as amended by Reg. (EU) 2026/1744; GPAI note; penalties; incident clocks.',
    ],
  },
];
