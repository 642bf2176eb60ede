import ConstructionOutlined from '@mui/icons-material/ConstructionOutlined';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../components/ScreenHeader';

type UpcomingScreen = 'calls';

/** Screens listed in the menu but not built yet: say so plainly, and what they will do. */
export function ComingSoonScreen({ screen }: { screen: UpcomingScreen }) {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t(`nav.${screen}`)} />
      <Paper sx={{ p: 4 }} data-testid="coming-soon">
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <ConstructionOutlined color="action" sx={{ fontSize: 40 }} />
          <Stack spacing={1}>
            <Typography variant="h6" component="p">
              {t('comingSoon.notice')}
            </Typography>
            <Typography color="text.secondary">{t(`comingSoon.${screen}`)}</Typography>
          </Stack>
        </Stack>
      </Paper>
    </>
  );
}
