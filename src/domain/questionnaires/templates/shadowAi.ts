import type { TemplateContent } from '../template';

const opt = (value: string, label: string) => ({ value, label });

/** AI-use intake and shadow-AI survey: which AI tools staff use, for what, with which data. */
export const SHADOW_AI_SURVEY: TemplateContent = {
  kind: 'shadowAi',
  title: 'AI-use intake and shadow-AI survey',
  audience: 'All staff',
  intro:
    'We are taking stock of the AI tools people at work already use, officially or not. There are no wrong answers and nobody gets into trouble: ' +
    'knowing what is used is how we can make it safe and useful. It takes about five minutes.',
  sections: [
    {
      id: 'use',
      title: 'The AI tools you use',
      intro: '',
      questions: [
        { id: 'usesAi', type: 'yesNo', label: 'Do you use AI tools for your work?', help: 'Chatbots, writing or translation aids, AI features inside other software, image generators…', required: true, options: [] },
        {
          id: 'tools',
          type: 'multiple',
          label: 'Which AI tools do you use for work?',
          help: 'Tick every one you used in the last three months.',
          required: true,
          showIf: { questionId: 'usesAi', anyOf: ['yes'] },
          mapTo: 'aiSystem.names',
          options: [
            opt('ChatGPT', 'ChatGPT'),
            opt('Microsoft Copilot', 'Microsoft Copilot'),
            opt('Google Gemini', 'Google Gemini'),
            opt('Claude', 'Claude'),
            opt('DeepL', 'DeepL'),
            opt('Grammarly', 'Grammarly'),
            opt('Otter.ai', 'Otter.ai (meeting notes)'),
            opt('Midjourney', 'Midjourney'),
          ],
        },
        { id: 'otherTools', type: 'shortText', label: 'Other AI tools you use', help: 'Separate several with commas.', showIf: { questionId: 'usesAi', anyOf: ['yes'] }, mapTo: 'aiSystem.otherNames', required: false, options: [] },
        {
          id: 'purposes',
          type: 'multiple',
          label: 'What do you use them for?',
          required: true,
          showIf: { questionId: 'usesAi', anyOf: ['yes'] },
          mapTo: 'aiSystem.purpose',
          help: '',
          options: [
            opt('drafting', 'Drafting e-mails, letters or texts'),
            opt('summarising', 'Summarising documents or meetings'),
            opt('translating', 'Translating'),
            opt('research', 'Searching and research'),
            opt('analysis', 'Analysing data or spreadsheets'),
            opt('code', 'Writing or checking code'),
            opt('images', 'Making images or presentations'),
            opt('decisions', 'Preparing decisions about people (hiring, assessments)'),
          ],
        },
        {
          id: 'data',
          type: 'multiple',
          label: 'Which information do you put into them?',
          help: 'Think of what you paste, upload or type.',
          required: true,
          showIf: { questionId: 'usesAi', anyOf: ['yes'] },
          mapTo: 'aiSystem.dataCategories',
          options: [
            opt('Public information', 'Only public information'),
            opt('Internal documents', 'Internal documents'),
            opt('Customer personal data', 'Personal data of customers or candidates'),
            opt('Employee personal data', 'Personal data of colleagues'),
            opt('Financial figures', 'Financial figures'),
            opt('Source code', 'Source code'),
          ],
        },
        { id: 'frequency', type: 'single', label: 'How often do you use AI tools for work?', required: true, showIf: { questionId: 'usesAi', anyOf: ['yes'] }, help: '', options: [opt('daily', 'Daily'), opt('weekly', 'Weekly'), opt('monthly', 'Monthly'), opt('rarely', 'Rarely')] },
        { id: 'account', type: 'single', label: 'Which account do you use?', required: false, showIf: { questionId: 'usesAi', anyOf: ['yes'] }, help: '', options: [opt('company', 'One provided by the organisation'), opt('private', 'My own (private) account'), opt('both', 'Both'), opt('unsure', 'Not sure')] },
      ],
    },
    {
      id: 'experience',
      title: 'Your experience',
      intro: '',
      questions: [
        { id: 'usefulness', type: 'scale', label: 'How much do AI tools help you in your work?', required: false, help: '', options: [], scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'A great deal' }, showIf: { questionId: 'usesAi', anyOf: ['yes'] } },
        { id: 'confidence', type: 'scale', label: 'How sure are you about what you may and may not do with AI at work?', required: true, help: '', options: [], scale: { min: 1, max: 5, minLabel: 'Not sure at all', maxLabel: 'Completely sure' } },
        { id: 'hoursSaved', type: 'number', label: 'About how many hours a week does AI save you?', required: false, help: 'A rough guess is fine; 0 if none.', options: [], showIf: { questionId: 'usesAi', anyOf: ['yes'] } },
        { id: 'concerns', type: 'longText', label: 'Is there anything about AI at work that worries you?', required: false, help: '', options: [] },
      ],
    },
    {
      id: 'ideas',
      title: 'Ideas',
      intro: '',
      questions: [
        { id: 'ideaTitle', type: 'shortText', label: 'Which task would you most like AI to help with?', help: 'In a few words, e.g. “Matching CVs to vacancies”.', required: false, options: [], mapTo: 'useCase.title' },
        { id: 'ideaDetail', type: 'longText', label: 'What would it change for you or your team?', required: false, help: '', options: [], showIf: undefined, mapTo: 'useCase.problem' },
      ],
    },
  ],
};
