import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_BYTES } from '../../shared/contract/imports.contract';
import { formatInteger } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { WIZARD_KINDS, type WizardKind } from './import-wizard';
import type { ImportWizard } from './useImportWizard';

const ACCEPT: Record<WizardKind, string> = {
  clients: '.csv,.txt,.tsv,.xlsx',
  invoices: '.csv,.txt,.tsv,.xlsx',
  payments: '.csv,.txt,.tsv,.xlsx',
  fec: '.txt,.csv',
};

const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

/** Step 1: what the file holds, then the file itself (read in the page and sent to the core). */
export function ChooseFileStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const input = useRef<HTMLInputElement>(null);

  return (
    <Stack spacing={3}>
      <FormControl>
        <FormLabel id="import-kind-label">{t('imports.kindLabel')}</FormLabel>
        <RadioGroup
          aria-labelledby="import-kind-label"
          name="kind"
          value={wizard.kind}
          onChange={(event) => wizard.setKind(event.target.value as WizardKind)}
        >
          {WIZARD_KINDS.map((kind) => (
            <FormControlLabel
              key={kind}
              value={kind}
              control={<Radio />}
              data-testid={`import-kind-${kind}`}
              label={
                <Box>
                  <Typography component="span" sx={{ fontWeight: 600 }}>
                    {t(`imports.kinds.${kind}`)}
                  </Typography>
                  <Typography component="span" color="text.secondary">
                    {' — '}
                    {t(`imports.kindHints.${kind}`)}
                  </Typography>
                </Box>
              }
            />
          ))}
        </RadioGroup>
      </FormControl>
      <Box>
        <input
          ref={input}
          type="file"
          accept={ACCEPT[wizard.kind]}
          hidden
          data-testid="import-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // the same file can be picked again after a fix
            if (file) void wizard.chooseFile(file);
          }}
        />
        <Button
          variant="contained"
          startIcon={<UploadFileOutlined />}
          onClick={() => input.current?.click()}
          data-testid="import-choose-file"
        >
          {t('imports.chooseFile')}
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t(wizard.kind === 'fec' ? 'imports.fileHintFec' : 'imports.fileHint', {
            max: formatInteger(megabytes(IMPORT_MAX_BYTES), language),
          })}
        </Typography>
      </Box>
      {wizard.fileTooLarge !== null && (
        <Alert severity="error" data-testid="import-file-too-large">
          {t('imports.fileTooLarge', {
            size: formatInteger(megabytes(wizard.fileTooLarge), language),
            max: formatInteger(megabytes(IMPORT_MAX_BYTES), language),
          })}
        </Alert>
      )}
    </Stack>
  );
}
