import { fileName, namePart } from '../../domain/shared/fileName';
/** Addresses of the workshop screens (the current client is always part of the path). */
export const workshopPath = (clientId: string, workshopId: string) =>
  `/clients/${clientId}/workshops/${workshopId}`;
export const facilitationPath = (clientId: string, workshopId: string) =>
  `/clients/${clientId}/workshops/${workshopId}/facilitate`;
/** The portfolio's use-case page (the portfolio area owns it). */
export const pathToUseCase = (clientId: string, useCaseId: string) =>
  `/clients/${clientId}/portfolio/${useCaseId}`;
export const printRoute = (workshopId: string) => `#/print/workshop/${workshopId}`;

export function summaryFileName(clientName: string, title: string, date: string): string {
  return fileName(`${namePart(clientName)}-workshop-${namePart(title)}-${date}`, 'pdf');
}
