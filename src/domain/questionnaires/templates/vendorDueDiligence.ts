import { DD_TOPICS, DD_TOPIC_LABELS } from '../../vendors/constants';
import { DEFAULT_DD_QUESTIONS } from '../../vendors/defaults';
import type { DdQuestion } from '../../vendors/evaluation';
import type { Section, TemplateContent } from '../template';

/**
 * Vendor due diligence: the evaluation's question bank as a form for the vendor. Each question has an
 * answer and its evidence (a document, certificate or page); on import both land in the evaluation.
 */
export function dueDiligenceSections(questions: readonly DdQuestion[]): Section[] {
  return DD_TOPICS.map((topic) => ({
    id: topic,
    title: DD_TOPIC_LABELS[topic],
    intro: '',
    questions: questions
      .filter((q) => q.topic === topic)
      .flatMap((q) => [
        {
          id: `${q.id}.answer`,
          type: 'longText' as const,
          label: q.question,
          help: '',
          required: true,
          options: [],
          mapTo: 'vendor.ddAnswer' as const,
          mapKey: q.id,
        },
        {
          id: `${q.id}.evidence`,
          type: 'shortText' as const,
          label: 'Evidence for this answer',
          help: 'Name the document, certificate, contract clause or page that shows it.',
          required: false,
          options: [],
          mapTo: 'vendor.evidence' as const,
          mapKey: q.id,
        },
      ]),
  })).filter((section) => section.questions.length > 0);
}

export const VENDOR_DUE_DILIGENCE: TemplateContent = {
  kind: 'vendorDueDiligence',
  title: 'Vendor due diligence',
  audience: 'The vendor',
  intro:
    'Thank you for taking part in our evaluation. Please answer each question and name the evidence that supports it (a document, certificate, contract clause or web page). ' +
    'Your answers go straight into our evaluation of your offer.',
  sections: dueDiligenceSections(DEFAULT_DD_QUESTIONS),
};
