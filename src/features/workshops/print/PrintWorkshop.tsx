import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getConsultantProfile } from '../../../db/consultant/profile';
import { db } from '../../../db/core/schema';
import { useParams, useSearchParams } from 'react-router';
import { summaryPages, summaryPageTitle } from '../../../domain/workshops';
import type { ConsultantProfile } from '../../../domain/consultant/profile';
import { useWorkshopData, type WorkshopData } from '../useWorkshopData';
import {
  AgendaSlide,
  DecisionsSlide,
  IdeasSlide,
  MapSlide,
  NextStepsSlide,
  TitleSlide,
} from './SummarySlides';
import { summaryWords } from './WorkshopSlideFrame';
import { useLanguageLoaded } from '../../../i18n/useLanguageLoaded';
import { reportLanguageOf } from '../../../domain/clients/client';
import { useT } from '../../../state/interfaceLanguage';
import '../../reports/slides/slides.css';
import '../../../ui/slidePrint.css';
import '../ideas.css';
import './summarySlides.css';

/**
 * The participants' summary of one workshop, one 16:9 slide per page. Printed by Electron's
 * printToPDF and the browser's print dialog; signals `data-print-ready` once drawn.
 */
export function PrintWorkshop() {
  const { workshopId } = useParams();
  const [params] = useSearchParams();
  const data = useWorkshopData(workshopId);
  const consultant = useLiveQuery(() => getConsultantProfile(db), []);
  const t = useT();

  const languageLoaded = useLanguageLoaded(data ? reportLanguageOf(data.client) : 'en');
  const ready = Boolean(data) && consultant !== undefined && languageLoaded;
  const title = data
    ? `${data.client.name} - ${summaryWords(data.client).t('workshop summary')} - ${data.workshop.title}`
    : null;

  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  // Signal (and print) once the first complete data arrived; later live updates just redraw.
  useEffect(() => {
    if (!ready) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        void document.fonts.ready.then(() => {
          document.body.dataset.printReady = 'true';
          if (params.get('autoprint') === '1') window.print();
        });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, params]);

  if (data === undefined || consultant === undefined || !languageLoaded) return null;
  if (data === null) return <p role="alert">{t('This workshop does not exist.')}</p>;
  return <WorkshopSummarySlides data={data} consultant={consultant} />;
}

/** Every slide of the summary, in order (the print view; rendered to text by the cross-client test). */
export function WorkshopSummarySlides({
  data,
  consultant,
}: {
  data: WorkshopData;
  consultant: ConsultantProfile;
}) {
  const pages = summaryPages(data.ideas);
  return (
    <div className="print-report">
      {pages.map((page, i) => {
        const props = {
          client: data.client,
          workshop: data.workshop,
          data,
          consultant,
          pageNumber: i + 1,
          pageCount: pages.length,
        };
        switch (page.kind) {
          case 'title':
            return <TitleSlide key={i} {...props} />;
          case 'agenda':
            return <AgendaSlide key={i} {...props} />;
          case 'ideas':
            return (
              <IdeasSlide
                key={i}
                {...props}
                page={page}
                title={summaryPageTitle(page, summaryWords(data.client).t)}
              />
            );
          case 'map':
            return <MapSlide key={i} {...props} />;
          case 'decisions':
            return <DecisionsSlide key={i} {...props} />;
          case 'next-steps':
            return <NextStepsSlide key={i} {...props} />;
        }
      })}
    </div>
  );
}
