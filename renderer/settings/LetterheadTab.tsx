import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanySettings } from '../../shared/contract/types';
import { callValue, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { useForm } from '../forms/useForm';
import { changedLetterhead, letterheadSchema, letterheadValues, type LetterheadField } from './letterhead-form';
import { LogoCard } from './LogoCard';
import type { EditorTabProps } from './settings-tabs';

/** Société et en-tête: the identity printed on letters, and the logo. */
export function LetterheadTab({ onDirtyChange }: EditorTabProps) {
  const call = useCall('company.get', {});
  // After a save the form restarts from what the core answered (the fields as it stored them).
  const [saved, setSaved] = useState<{ company: CompanySettings; version: number } | null>(null);
  const company = saved?.company ?? call.value;
  if (!company) return call.error ? <ErrorAlert error={call.error} onRetry={call.reload} /> : <CenteredProgress />;
  return (
    <Stack spacing={3} sx={{ maxWidth: 960 }}>
      <LetterheadForm
        key={saved?.version ?? 0}
        company={company}
        onDirtyChange={onDirtyChange}
        onSaved={(next) => setSaved((current) => ({ company: next, version: (current?.version ?? 0) + 1 }))}
      />
      <LogoCard />
    </Stack>
  );
}

interface FormProps extends EditorTabProps {
  company: CompanySettings;
  onSaved: (company: CompanySettings) => void;
}

const grid = (columns: string) => ({ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: columns } });

function LetterheadForm({ company, onDirtyChange, onSaved }: FormProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const initial = useMemo(() => letterheadValues(company), [company]);
  const form = useForm(initial);
  const dirty = JSON.stringify(form.values) !== JSON.stringify(initial);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const field = (name: LetterheadField, extra: { required?: boolean; autoFocus?: boolean } = {}) => (
    <TextField label={t(`dunningSettings.letterhead.${name}`)} {...extra} {...form.text(name)} />
  );

  const save = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(letterheadSchema(t), async (input) => {
      const changes = changedLetterhead(company, input);
      if (Object.keys(changes).length === 0) return onSaved(company);
      const next = await callValue(bridge, 'company.update', changes);
      notify(t('dunningSettings.letterhead.saved'));
      onSaved(next);
    });
  };

  return (
    <Box component="form" onSubmit={save} noValidate data-testid="letterhead-form">
      <Stack spacing={2}>
        <Alert severity="info">{t('dunningSettings.letterhead.intro')}</Alert>
        {form.formError && <ErrorAlert error={form.formError} />}
        <Heading>{t('dunningSettings.letterhead.identity')}</Heading>
        <Box sx={grid('3fr 1fr')}>
          {field('name', { required: true })}
          {field('legalForm')}
        </Box>
        <Box sx={grid('1fr 1fr 1fr')}>
          {field('siren')}
          {field('siret')}
          {field('vatNumber')}
        </Box>
        <Heading>{t('dunningSettings.letterhead.address')}</Heading>
        {field('addressLine1')}
        {field('addressLine2')}
        <Box sx={grid('1fr 2fr 1fr')}>
          {field('postalCode')}
          {field('city')}
          {field('country')}
        </Box>
        <Heading>{t('dunningSettings.letterhead.contact')}</Heading>
        <Box sx={grid('1fr 1fr')}>
          {field('email')}
          {field('phone')}
        </Box>
        <Heading>{t('dunningSettings.letterhead.bank')}</Heading>
        <Box sx={grid('2fr 1fr')}>
          {field('iban')}
          {field('bic')}
        </Box>
        <Heading>{t('dunningSettings.letterhead.signatory')}</Heading>
        <Box sx={grid('1fr 1fr')}>
          {field('signatoryName')}
          {field('signatoryTitle')}
        </Box>
        <Box>
          <Button type="submit" variant="contained" disabled={form.submitting} data-testid="letterhead-save">
            {t('dunningSettings.letterhead.save')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}

function Heading({ children }: { children: ReactNode }) {
  return (
    <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, pt: 1 }}>
      {children}
    </Typography>
  );
}
