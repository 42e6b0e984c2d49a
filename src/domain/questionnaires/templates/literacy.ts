import type { TemplateContent } from '../template';

const opt = (value: string, label: string) => ({ value, label });
const agree = (id: string, label: string, step: string) => ({
  id,
  type: 'scale' as const,
  label,
  help: '',
  required: true,
  options: [],
  scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Fully' },
  mapTo: 'training.step' as const,
  mapKey: step,
});

/**
 * AI-literacy self-check per role (EU AI Act Art. 4), following the four steps of the Dutch
 * data-protection authority's guidance on AI literacy: identify, set goals, act, evaluate.
 * Each respondent becomes (or updates) a training record: their role, the systems they use, the
 * training they had and when; that is what the literacy coverage is computed from.
 */
export const LITERACY_SELF_CHECK: TemplateContent = {
  kind: 'literacy',
  title: 'AI-literacy self-check',
  audience: 'Staff who use or oversee AI systems',
  intro:
    'The EU AI Act (Art. 4) asks every organisation that uses AI to make sure its people know enough about it for their role. ' +
    'This self-check follows four steps: identify what you use, set goals, act, and evaluate. It takes about five minutes.',
  sections: [
    {
      id: 'identify',
      title: 'Step 1 – Identify: your role and the AI you work with',
      intro: '',
      questions: [
        {
          id: 'role',
          type: 'single',
          label: 'Which best describes your role?',
          required: true,
          help: '',
          mapTo: 'respondent.role',
          options: [
            opt('user', 'I use AI tools in my work'),
            opt('manager', 'I manage people who use AI'),
            opt('oversight', 'I check or approve what AI systems produce'),
            opt('technical', 'I build, configure or buy AI systems'),
            opt('none', 'I do not work with AI'),
          ],
        },
        {
          id: 'systems',
          type: 'shortText',
          label: 'Which AI systems do you work with?',
          help: 'Separate several with commas, e.g. “Copilot, CV screening tool”.',
          required: false,
          options: [],
          mapTo: 'training.systems',
        },
        agree(
          'knowsRisks',
          'I know what can go wrong with the AI systems I use (errors, bias, made-up answers).',
          'identify',
        ),
      ],
    },
    {
      id: 'goals',
      title: 'Step 2 – Set goals: what you need to know',
      intro: '',
      questions: [
        agree(
          'knowsRules',
          'I know the rules of my organisation for using AI (which tools, which data).',
          'goals',
        ),
        {
          id: 'needs',
          type: 'multiple',
          label: 'What would you like to learn more about?',
          required: false,
          help: '',
          options: [
            opt('basics', 'How AI systems work and where they fail'),
            opt('data', 'Which data I may use'),
            opt('checking', 'How to check AI output'),
            opt('law', 'The EU AI Act and privacy rules'),
            opt('prompting', 'Getting better results'),
          ],
        },
      ],
    },
    {
      id: 'act',
      title: 'Step 3 – Act: training you had',
      intro: '',
      questions: [
        {
          id: 'trained',
          type: 'yesNo',
          label: 'Have you had training on AI for your work?',
          required: true,
          help: '',
          options: [],
        },
        {
          id: 'course',
          type: 'shortText',
          label: 'Which training?',
          required: true,
          help: 'e.g. “AI basics for recruiters (2 h)”.',
          options: [],
          showIf: { questionId: 'trained', anyOf: ['yes'] },
          mapTo: 'training.course',
        },
        {
          id: 'courseDate',
          type: 'date',
          label: 'When did you finish it?',
          required: true,
          help: '',
          options: [],
          showIf: { questionId: 'trained', anyOf: ['yes'] },
          mapTo: 'training.date',
        },
        agree(
          'checksOutput',
          'I check AI output before I use it, and I know when I must not rely on it.',
          'act',
        ),
      ],
    },
    {
      id: 'evaluate',
      title: 'Step 4 – Evaluate: how it is going',
      intro: '',
      questions: [
        agree('confident', 'I feel confident using AI responsibly in my role.', 'evaluate'),
        {
          id: 'feedback',
          type: 'longText',
          label: 'What would help you most?',
          required: false,
          help: '',
          options: [],
        },
      ],
    },
  ],
};
