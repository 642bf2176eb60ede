import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { numericCell } from '../components/table-styles';
import { formatDate, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { ChannelLabel } from './ChannelLabel';
import { DownloadButton } from './DownloadButton';
import { stepLabel } from './reminder-labels';
import { TrackingField } from './TrackingField';

const PAGE_SIZES = [25, 50, 100];

/** What was done or skipped, newest first, with its documents; registered letters take their tracking number. */
export function HistoryTab({ onOpenClient }: { onOpenClient: (clientId: number) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [page, setPage] = useState({ page: 0, pageSize: 25 });
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const history = useCall('reminders.history', { offset: page.page * page.pageSize, limit: page.pageSize });
  const rows = history.value?.rows ?? [];

  return (
    <>
      {history.error && <ErrorAlert error={history.error} onRetry={history.reload} sx={{ mb: 2 }} />}
      {actionError && <ErrorAlert error={actionError} onClose={() => setActionError(null)} sx={{ mb: 2 }} />}
      {!history.value && !history.error && <CenteredProgress />}
      {history.value && (
        <Paper>
          {history.value.total === 0 ? (
            <Typography color="text.secondary" sx={{ p: 3 }} data-testid="history-empty">
              {t('reminders.history.empty')}
            </Typography>
          ) : (
            <>
              <TableContainer>
                <Table
                  size="small"
                  aria-label={t('reminders.history.tableLabel')}
                  data-testid="history-table"
                  // Nine columns and an input: narrower gutters so it fits a laptop screen without scrolling.
                  sx={{ '& td, & th': { px: 1 } }}
                >
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('reminders.columns.date')}</TableCell>
                      <TableCell>{t('reminders.columns.client')}</TableCell>
                      <TableCell>{t('reminders.columns.step')}</TableCell>
                      <TableCell>{t('reminders.columns.invoices')}</TableCell>
                      <TableCell align="right">{t('reminders.columns.amount')}</TableCell>
                      <TableCell>{t('reminders.columns.status')}</TableCell>
                      <TableCell>{t('reminders.columns.document')}</TableCell>
                      <TableCell>{t('reminders.columns.tracking')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {rows.map((record) => (
                      <TableRow
                        key={record.id}
                        data-testid="history-row"
                        data-client-code={record.clientCode}
                        data-status={record.status}
                        data-channel={record.channel}
                      >
                        <TableCell sx={numericCell}>{formatDate(record.date)}</TableCell>
                        <TableCell sx={{ maxWidth: 200 }}>
                          <Box
                            component="button"
                            type="button"
                            onClick={() => onOpenClient(record.clientId)}
                            aria-label={t('reminders.openClient', { name: record.clientName })}
                            sx={{
                              all: 'unset',
                              cursor: 'pointer',
                              display: 'block',
                              maxWidth: '100%',
                              overflow: 'hidden',
                              textOverflow: 'ellipsis',
                              whiteSpace: 'nowrap',
                              '&:hover': { textDecoration: 'underline' },
                              '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
                            }}
                          >
                            {record.clientName}
                          </Box>
                          <Box sx={{ color: 'text.secondary', fontSize: '0.8rem' }}>{record.clientCode}</Box>
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }} data-field="step">
                          <Box>{stepLabel(record, t)}</Box>
                          <Box sx={{ color: 'text.secondary', fontSize: '0.8rem' }}>
                            <ChannelLabel channel={record.channel} />
                          </Box>
                        </TableCell>
                        <TableCell sx={{ maxWidth: 170 }}>
                          <Tooltip title={record.invoiceNumbers.join(', ')}>
                            <Box sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                              {record.invoiceNumbers.join(', ')}
                            </Box>
                          </Tooltip>
                        </TableCell>
                        <TableCell align="right" sx={numericCell}>
                          {formatMoney(record.openCents + record.interestCents + record.indemnityCents, language)}
                        </TableCell>
                        <TableCell>
                          <Chip
                            size="small"
                            variant="outlined"
                            color={record.status === 'done' ? 'success' : 'default'}
                            label={t(`reminders.history.${record.status}`)}
                          />
                        </TableCell>
                        <TableCell>
                          <Stack direction="row" spacing={0.5} sx={{ whiteSpace: 'nowrap' }}>
                            {record.documentPath && (
                              <DownloadButton
                                path={record.documentPath}
                                onError={setActionError}
                                icon={false}
                                testId="history-pdf"
                              >
                                {t('reminders.result.pdf')}
                              </DownloadButton>
                            )}
                            {record.emailPath && (
                              <DownloadButton
                                path={record.emailPath}
                                onError={setActionError}
                                icon={false}
                                testId="history-eml"
                              >
                                {t('reminders.history.eml')}
                              </DownloadButton>
                            )}
                          </Stack>
                        </TableCell>
                        <TableCell>
                          {record.channel === 'registered_letter' && record.status === 'done' && (
                            <TrackingField record={record} onSaved={history.reload} />
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <TablePagination
                component="div"
                count={history.value.total}
                page={page.page}
                rowsPerPage={page.pageSize}
                rowsPerPageOptions={PAGE_SIZES}
                onPageChange={(_event, next) => setPage((current) => ({ ...current, page: next }))}
                onRowsPerPageChange={(event) => setPage({ page: 0, pageSize: Number(event.target.value) })}
              />
            </>
          )}
        </Paper>
      )}
    </>
  );
}
