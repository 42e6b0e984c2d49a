import { STATUS_OPTIONS } from '../../../../src/features/reports/ReportTextsForm';

/** The label maps of the report editor: the overall status's choices. */
export const LABEL_KEYS: string[] = STATUS_OPTIONS.map((option) => option.label);
