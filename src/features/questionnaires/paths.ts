export const questionnairesPath = (clientId: string) => `/clients/${clientId}/questionnaires`;
export const questionnairePath = (clientId: string, id: string) =>
  `/clients/${clientId}/questionnaires/${id}`;
export const TEMPLATE_LIBRARY_PATH = '/library/questionnaires';
