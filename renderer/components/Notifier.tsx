import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Notify = (message: string) => void;

const NotifyContext = createContext<Notify>(() => {});

/** "Règlement enregistré": a short confirmation after a write, so the user knows it went through. */
export function useNotify(): Notify {
  return useContext(NotifyContext);
}

export function NotifierProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; key: number } | null>(null);
  const notify = useCallback<Notify>((text) => setMessage({ text, key: Date.now() }), []);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={message?.key}
        open={message !== null}
        autoHideDuration={4000}
        onClose={(_event, reason) => reason !== 'clickaway' && setMessage(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setMessage(null)} data-testid="notification">
          {message?.text}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}
