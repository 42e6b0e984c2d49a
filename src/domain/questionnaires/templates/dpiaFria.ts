import type { Question, TemplateContent } from '../template';

/**
 * The DPIA (GDPR Art. 35(7)) and the FRIA (EU AI Act Art. 27(1)(a)-(f)) as assessments. Questions with
 * the same `reuseKey` ask for the same fact: an answer given in one fills the other (Art. 26(9) lets a
 * deployer use its DPIA; Art. 27(4) makes the FRIA complement it).
 */
const long = (id: string, label: string, reuseKey?: string, help = ''): Question => ({
  id,
  type: 'longText',
  label,
  help,
  required: true,
  options: [],
  ...(reuseKey ? { reuseKey } : {}),
});

const systemQuestion: Question = {
  id: 'system',
  type: 'shortText',
  label: 'Which AI system or processing does this assessment cover?',
  help: '',
  required: true,
  options: [],
  reuseKey: 'system',
};

export const DPIA_ASSESSMENT: TemplateContent = {
  kind: 'dpia',
  title: 'Data protection impact assessment (DPIA)',
  audience: 'The process owner and the privacy officer',
  intro:
    'The content of a DPIA as GDPR Art. 35(7) sets it out. Where a fundamental-rights impact assessment (FRIA) asks the same, your answer is reused there.',
  sections: [
    {
      id: 'a',
      title: '(a) Description of the processing and its purposes',
      intro: '',
      questions: [
        systemQuestion,
        long(
          'a.description',
          'Describe the processing: what happens to which personal data, step by step, and for which purposes.',
          'process',
        ),
        long('a.subjects', 'Whose personal data is processed (categories of data subjects)?', 'affected'),
        long('a.period', 'For how long and how often is the data processed?', 'period'),
        {
          id: 'a.legitimateInterest',
          type: 'yesNo',
          label: 'Do you rely on a legitimate interest?',
          help: 'If yes, explain which.',
          required: true,
          options: [],
        },
      ],
    },
    {
      id: 'b',
      title: '(b) Necessity and proportionality',
      intro: '',
      questions: [
        long(
          'b.necessity',
          'Why is this processing necessary and proportionate to the purposes? Could less data or a milder means do?',
        ),
      ],
    },
    {
      id: 'c',
      title: '(c) Risks to the rights and freedoms of data subjects',
      intro: '',
      questions: [
        long(
          'c.risks',
          'Which risks to the rights and freedoms of the people concerned does the processing bring, and how likely and severe are they?',
          'risks',
        ),
      ],
    },
    {
      id: 'd',
      title: '(d) Measures to address the risks',
      intro: '',
      questions: [
        long(
          'd.measures',
          'Which measures, safeguards and security mechanisms address these risks?',
          'measures',
        ),
        long(
          'd.humanReview',
          'How are people involved in decisions the system prepares (human review, GDPR Art. 22)?',
          'oversight',
        ),
      ],
    },
  ],
};

export const FRIA_ASSESSMENT: TemplateContent = {
  kind: 'fria',
  title: 'Fundamental-rights impact assessment (FRIA)',
  audience: 'The deployer of a high-risk AI system',
  intro:
    'The assessment EU AI Act Art. 27(1) asks of deployers of high-risk AI systems. Answers already given in the DPIA are filled in: check and complete them.',
  sections: [
    {
      id: 'fria',
      title: 'Art. 27(1) (a)-(f)',
      intro: '',
      questions: [
        systemQuestion,
        long(
          'a.process',
          '(a) Describe the processes in which the AI system will be used, in line with its intended purpose.',
          'process',
        ),
        long('b.period', '(b) For how long and how often will the AI system be used?', 'period'),
        long(
          'c.affected',
          '(c) Which categories of people and groups are likely to be affected by its use?',
          'affected',
        ),
        long(
          'd.risks',
          '(d) Which specific risks of harm to those people and groups are likely, given the information of the provider (Art. 13)?',
          'risks',
        ),
        long(
          'e.oversight',
          '(e) How are the human-oversight measures carried out, according to the instructions for use?',
          'oversight',
        ),
        long(
          'f.measures',
          '(f) Which measures are taken if the risks materialise, including internal governance and complaint mechanisms?',
          'measures',
        ),
      ],
    },
  ],
};
