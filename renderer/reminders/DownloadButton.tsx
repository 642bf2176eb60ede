import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import OpenInNewOutlined from '@mui/icons-material/OpenInNewOutlined';
import Button from '@mui/material/Button';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../shared/contract/errors';
import { toApiError, useBridge } from '../api/bridge';
import { downloadGeneratedFile } from './save-file';

interface Props {
  path: string;
  children: ReactNode;
  onError: (error: ApiError) => void;
  variant?: 'text' | 'outlined' | 'contained';
  /** Table cells are narrow: no icon there. */
  icon?: boolean;
  testId?: string;
  ariaLabel?: string;
}

/**
 * A generated letter, batch PDF or .eml draft. In the desktop app it opens with the system's application
 * (print the PDF, send the draft from the mail client); in a browser it is fetched from the core and downloaded.
 */
export function DownloadButton({ path, children, onError, variant = 'text', icon = true, testId, ariaLabel }: Props) {
  const bridge = useBridge();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      variant={variant}
      startIcon={icon ? bridge.openFile ? <OpenInNewOutlined /> : <FileDownloadOutlined /> : undefined}
      sx={{ whiteSpace: 'nowrap', minWidth: 0 }}
      disabled={busy}
      data-testid={testId}
      data-path={path}
      aria-label={ariaLabel}
      onClick={async () => {
        setBusy(true);
        try {
          if (bridge.openFile) {
            const problem = await bridge.openFile(path);
            if (problem) onError({ code: 'internal', message: problem });
          } else {
            await downloadGeneratedFile(bridge, path);
          }
        } catch (error) {
          onError(toApiError(error));
        } finally {
          setBusy(false);
        }
      }}
    >
      {children}
    </Button>
  );
}
