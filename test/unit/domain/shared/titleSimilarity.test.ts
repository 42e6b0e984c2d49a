import { describe, expect, it } from 'vitest';
import {
  similarTitles,
  titleSimilarity,
  titleWords,
  wordStem,
} from '../../../../src/domain/shared/titleSimilarity';
import { describeSimilarity, similarUseCases } from '../../../../src/domain/workshops';

describe('title similarity', () => {
  it('reads words without case, accents, small words and common endings', () => {
    expect(['Answering', 'answer', 'Answers'].map(wordStem)).toEqual(['answer', 'answer', 'answer']);
    expect(wordStem('questions')).toBe(wordStem('question'));
    expect(wordStem('Summaries')).toBe(wordStem('summary'));
    expect(wordStem('Café')).toBe(wordStem('cafe'));
    expect(titleWords('Answer routine tax questions by email').map((w) => w.word)).toEqual([
      'Answer',
      'routine',
      'tax',
      'questions',
      'email',
    ]);
  });

  it('the issue’s duplicate is found, with the words both titles share', () => {
    const match = titleSimilarity('Answer routine tax questions by email', 'Answering routine tax questions');
    expect(match.shared).toEqual(['Answering', 'routine', 'tax', 'questions']);
    expect(match.score).toBeCloseTo(8 / 9);
    expect(describeSimilarity(match)).toBe(
      '89% alike, 4 words in common: Answering, routine, tax, questions',
    );
  });

  it('one common word is not a match; unrelated titles score low', () => {
    expect(
      similarTitles(
        'Website chatbot for tax questions',
        ['Book receipts automatically', 'Tax letters'],
        (t) => t,
      ),
    ).toEqual([]);
    expect(
      titleSimilarity('Predict which clients will file late', 'Book receipts and purchase invoices').score,
    ).toBe(0);
    // A one-word title matches the same word.
    expect(similarTitles('Chatbot', ['Chatbots', 'Website'], (t) => t).map((m) => m.candidate)).toEqual([
      'Chatbots',
    ]);
  });

  it('similar use cases of the same client only, most alike first, without the one already linked', () => {
    const useCases = [
      { id: 'u1', clientId: 'c1', title: 'Routine tax questions by phone' },
      { id: 'u2', clientId: 'c1', title: 'Answering routine tax questions' },
      { id: 'u3', clientId: 'c2', title: 'Answer routine tax questions by email' },
      { id: 'u4', clientId: 'c1', title: 'Drafting year-end report notes' },
    ];
    const idea = { title: 'Answer routine tax questions by email', clientId: 'c1', useCaseId: null };
    expect(similarUseCases(idea, useCases).map((m) => m.useCase.id)).toEqual(['u2', 'u1']);
    expect(similarUseCases({ ...idea, useCaseId: 'u2' }, useCases).map((m) => m.useCase.id)).toEqual(['u1']);
  });
});
