import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { DataGrid, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { frFR } from '@mui/x-data-grid/locales';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { ScreenHeader } from '../components/ScreenHeader';
import { useLanguage } from '../i18n/useLanguage';
import { clientColumns, isSortField } from './client-columns';
import { ClientFilterChips, type ClientFilters } from './ClientFilterChips';
import { ClientFormDialog } from './ClientFormDialog';
import { useDebouncedCallback } from './useDebouncedCallback';

export const PAGE_SIZES = [25, 50, 100];
const SEARCH_DELAY_MS = 250;
const DEFAULT_SORT: GridSortModel = [{ field: 'name', sort: 'asc' }];

/**
 * The client list in server mode: the grid only shows one page; the core searches, sorts and pages, so the
 * screen stays smooth with 10,000 clients.
 */
interface Props {
  initialSearch: string;
  onOpenClient: (clientId: number) => void;
  onImport: () => void;
}

export function ClientsScreen({ initialSearch, onOpenClient, onImport }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [creating, setCreating] = useState(false);
  const [filters, setFilters] = useState<ClientFilters>({});
  const [language] = useLanguage();
  const [searchText, setSearchText] = useState(initialSearch);
  const [search, setSearch] = useState(initialSearch.trim());
  const [includeArchived, setIncludeArchived] = useState(false);
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 50 });
  const [sortModel, setSortModel] = useState<GridSortModel>(DEFAULT_SORT);

  // A new search or filter starts again from the first page.
  const applySearch = useDebouncedCallback((text: string) => {
    setSearch(text.trim());
    setPagination((current) => ({ ...current, page: 0 }));
  }, SEARCH_DELAY_MS);

  const sort = sortModel[0];
  const list = useCall('clients.list', {
    offset: pagination.page * pagination.pageSize,
    limit: pagination.pageSize,
    search,
    sortField: sort && isSortField(sort.field) ? sort.field : 'name',
    sortDirection: sort?.sort === 'desc' ? 'desc' : 'asc',
    includeArchived,
    filters,
  });

  const columns = useMemo(() => clientColumns(t, language), [t, language]);
  const localeText = language === 'fr' ? frFR.components.MuiDataGrid.defaultProps.localeText : undefined;
  const total = list.value?.total ?? 0;

  return (
    <>
      <ScreenHeader
        title={t('clients.title')}
        subtitle={list.value ? t('dashboard.clientCount', { count: total }) : undefined}
        actions={
          <Stack direction="row" spacing={1}>
            <Button
              variant="outlined"
              startIcon={<UploadFileOutlined />}
              onClick={onImport}
              data-testid="import-clients"
            >
              {t('imports.importButton')}
            </Button>
            <Button
              variant="contained"
              startIcon={<PersonAddOutlined />}
              onClick={() => setCreating(true)}
              data-testid="new-client"
            >
              {t('clients.newClient')}
            </Button>
          </Stack>
        }
      />
      <Stack direction="row" spacing={3} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField
          label={t('clients.search')}
          placeholder={t('clients.searchPlaceholder')}
          value={searchText}
          onChange={(event) => {
            setSearchText(event.target.value);
            applySearch(event.target.value);
          }}
          size="small"
          type="search"
          sx={{ width: 360, maxWidth: '100%', bgcolor: 'background.paper' }}
          slotProps={{
            htmlInput: { 'data-testid': 'client-search', spellCheck: false },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <FormControlLabel
          control={
            <Switch
              checked={includeArchived}
              onChange={(event) => {
                setIncludeArchived(event.target.checked);
                setPagination((current) => ({ ...current, page: 0 }));
              }}
              // The slot's type omits data-* attributes, which React passes through to the <input> anyway.
              slotProps={{ input: { 'data-testid': 'include-archived' } as Record<string, string> }}
            />
          }
          label={t('clients.includeArchived')}
        />
        <Stack direction="row" spacing={1} role="group" aria-label={t('clients.filtersLabel')}>
          <ClientFilterChips
            filters={filters}
            onChange={(next) => {
              setFilters(next);
              setPagination((current) => ({ ...current, page: 0 }));
            }}
          />
        </Stack>
      </Stack>
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} sx={{ mb: 2 }} />}
      <Paper sx={{ height: 'calc(100vh - 250px)', minHeight: 420 }}>
        <DataGrid
          aria-label={t('clients.gridLabel')}
          rows={list.value?.rows ?? []}
          columns={columns}
          rowCount={total}
          loading={list.loading}
          paginationMode="server"
          sortingMode="server"
          filterMode="server"
          paginationModel={pagination}
          onPaginationModelChange={setPagination}
          pageSizeOptions={PAGE_SIZES}
          sortModel={sortModel}
          onSortModelChange={(model) => {
            setSortModel(model);
            setPagination((current) => ({ ...current, page: 0 }));
          }}
          // The core searches with the field above; the grid's own column filters would not reach it.
          disableColumnFilter
          disableRowSelectionOnClick
          onRowClick={({ row }) => onOpenClient(row.id)}
          onCellKeyDown={({ row }, event) => {
            if (event.key === 'Enter') onOpenClient(row.id);
          }}
          density="compact"
          // Room for two-line headers, so "Retard max (jours)" wraps instead of being cut on a laptop screen.
          columnHeaderHeight={52}
          localeText={localeText}
          sx={{
            border: 0,
            '& .encaisse-overdue': { color: 'error.main', fontWeight: 600 },
            '& .encaisse-over-limit': { color: 'warning.dark', fontWeight: 600 },
            '& .MuiDataGrid-row': { cursor: 'pointer' },
            '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600, whiteSpace: 'normal', lineHeight: 1.2 },
          }}
        />
      </Paper>
      {creating && (
        <ClientFormDialog
          onClose={() => setCreating(false)}
          onSaved={(client) => {
            setCreating(false);
            notify(t('clientForm.created', { name: client.name }));
            onOpenClient(client.id);
          }}
        />
      )}
    </>
  );
}
