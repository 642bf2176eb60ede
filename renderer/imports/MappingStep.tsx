import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMATS, missingRequired } from './import-wizard';
import { InspectionSummary } from './InspectionSummary';
import type { ImportWizard } from './useImportWizard';

/** Step 2: which column of the file feeds which field, pre-filled from the remembered or suggested mapping. */
export function MappingStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const inspection = wizard.inspection!;
  const missing = missingRequired(inspection, wizard.mapping);
  const samplesOf = (column: string | undefined) =>
    inspection.columns
      .find((c) => c.name === column)
      ?.samples.slice(0, 3)
      .join(' · ') ?? '';

  const setColumn = (field: string, column: string) => {
    const next = { ...wizard.mapping };
    if (column) next[field] = column;
    else delete next[field];
    wizard.setMapping(next);
  };

  return (
    <Stack spacing={3}>
      <InspectionSummary inspection={inspection} />
      <TextField
        select
        label={t('imports.dateFormat')}
        value={wizard.dateFormat}
        onChange={(event) => wizard.setDateFormat(event.target.value as typeof wizard.dateFormat)}
        sx={{ maxWidth: 360 }}
        helperText={t('imports.dateFormatHelp')}
      >
        {DATE_FORMATS.map((format) => (
          <MenuItem key={format} value={format}>
            {t(`imports.dateFormats.${format}`)}
          </MenuItem>
        ))}
      </TextField>
      <Box>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('imports.mappingTitle')}
        </Typography>
        <Table size="small" aria-label={t('imports.mappingTitle')} data-testid="import-mapping">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '32%' }}>{t('imports.field')}</TableCell>
              <TableCell sx={{ width: '30%' }}>{t('imports.column')}</TableCell>
              <TableCell>{t('imports.samples')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {inspection.fields.map((field) => {
              const unmapped = tried && missing.includes(field.key);
              return (
                <TableRow key={field.key} data-field={field.key}>
                  <TableCell>
                    <Typography sx={{ fontWeight: field.required ? 600 : 400 }}>
                      {field.label}
                      {field.required ? ' *' : ''}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {field.hint}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <TextField
                      select
                      size="small"
                      fullWidth
                      value={wizard.mapping[field.key] ?? ''}
                      onChange={(event) => setColumn(field.key, event.target.value)}
                      error={unmapped}
                      helperText={unmapped ? t('form.errors.required') : undefined}
                      slotProps={{
                        // Shows "Non importé" rather than an empty box for an unmapped field.
                        select: { displayEmpty: true },
                        htmlInput: { 'aria-label': t('imports.columnFor', { field: field.label }) },
                      }}
                    >
                      <MenuItem value="">
                        <em>{t('imports.notImported')}</em>
                      </MenuItem>
                      {inspection.columns.map((column) => (
                        <MenuItem key={column.index} value={column.name}>
                          {column.name}
                        </MenuItem>
                      ))}
                    </TextField>
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
                    {samplesOf(wizard.mapping[field.key])}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      {tried && missing.length > 0 && (
        <Alert severity="error" data-testid="import-missing-fields">
          {t('imports.missingFields', {
            fields: inspection.fields
              .filter((f) => missing.includes(f.key))
              .map((f) => f.label)
              .join(', '),
          })}
        </Alert>
      )}
      <Stack direction="row" spacing={1}>
        <Button onClick={wizard.back}>{t('imports.back')}</Button>
        <Button
          variant="contained"
          data-testid="import-check"
          onClick={() => {
            setTried(true);
            if (missing.length === 0) void wizard.checkMapping();
          }}
        >
          {t('imports.check')}
        </Button>
      </Stack>
    </Stack>
  );
}
