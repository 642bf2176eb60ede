import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

interface Props {
  label: string;
  text: string;
  testId: string;
  /** Theme colour of the left border: red for overdue, blue for the total… */
  accent: string;
  large?: boolean;
  caption?: string;
}

/** One headline figure (encours, échu…) in a card; the figure text is exactly what the caller formatted. */
export function FigureCard({ label, text, testId, accent, large, caption }: Props) {
  return (
    <Paper
      sx={{
        p: 2.5,
        borderLeft: 4,
        borderLeftColor: accent,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        minWidth: 0,
        ...(large && { gridRow: { md: 'span 2' } }),
      }}
    >
      <Typography variant="body2" color="text.secondary" component="h2">
        {label}
      </Typography>
      <Typography
        data-testid={testId}
        component="p"
        sx={{
          fontWeight: 700,
          fontSize: large ? '2.1rem' : '1.35rem',
          fontVariantNumeric: 'tabular-nums',
          whiteSpace: 'nowrap',
          mt: 0.5,
        }}
      >
        {text}
      </Typography>
      {caption && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {caption}
        </Typography>
      )}
    </Paper>
  );
}
