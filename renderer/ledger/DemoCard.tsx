import RocketLaunchOutlined from '@mui/icons-material/RocketLaunchOutlined';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

interface Props {
  /** First launch: the demo is the main way in, so it gets the big primary button. */
  prominent: boolean;
  disabled: boolean;
  onOpen: () => void;
}

export function DemoCard({ prominent, disabled, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <Paper
      sx={{
        p: 3,
        ...(prominent && { borderColor: 'primary.main', borderWidth: 2, bgcolor: 'rgba(29, 79, 145, 0.04)' }),
      }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} sx={{ alignItems: { sm: 'center' } }}>
        <Stack spacing={0.5} sx={{ flex: 1 }}>
          <Typography variant="h6" component="h2">
            {t('welcome.demoTitle')}
          </Typography>
          <Typography color="text.secondary">{t('welcome.demoHint')}</Typography>
        </Stack>
        <Button
          variant={prominent ? 'contained' : 'outlined'}
          size={prominent ? 'large' : 'medium'}
          startIcon={<RocketLaunchOutlined />}
          disabled={disabled}
          onClick={onOpen}
          data-testid="open-demo"
          sx={{ flexShrink: 0 }}
        >
          {t('welcome.openDemo')}
        </Button>
      </Stack>
    </Paper>
  );
}
