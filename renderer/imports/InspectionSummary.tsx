import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { ImportInspection } from '../../shared/contract/imports.types';
import { FieldList, type Field } from '../components/FieldList';
import { formatInteger } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

const SEPARATORS: Record<string, 'semicolon' | 'comma' | 'tab' | 'pipe'> = {
  ';': 'semicolon',
  ',': 'comma',
  '\t': 'tab',
  '|': 'pipe',
};

/** What the core found in the file: format, encoding, separator, sheet, rows, and its remarks. */
export function InspectionSummary({ inspection }: { inspection: ImportInspection }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const separator = inspection.separator ? SEPARATORS[inspection.separator] : undefined;
  const fields: Field[] = [
    { label: t('imports.fileName'), value: inspection.fileName, testId: 'import-file-name' },
    { label: t('imports.format'), value: inspection.format.toUpperCase() },
    ...(inspection.encoding ? [{ label: t('imports.encoding'), value: inspection.encoding }] : []),
    ...(separator ? [{ label: t('imports.separator'), value: t(`imports.separators.${separator}`) }] : []),
    ...(inspection.sheetName ? [{ label: t('imports.sheet'), value: inspection.sheetName }] : []),
    {
      label: t('imports.rows'),
      value: formatInteger(inspection.rowCount, language),
      testId: 'import-row-count',
    },
  ];
  return (
    <Stack spacing={1.5}>
      <FieldList fields={fields} labelWidth={200} />
      {inspection.rememberedMapping && (
        <Chip color="secondary" variant="outlined" label={t('imports.remembered')} sx={{ alignSelf: 'flex-start' }} />
      )}
      {inspection.notices.map((notice) => (
        <Alert key={notice.code} severity="info">
          {notice.message}
        </Alert>
      ))}
    </Stack>
  );
}
