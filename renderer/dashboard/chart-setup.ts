import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { FONT_STACK } from '../theme/theme';

/** Only what the bar chart uses, so the rest of chart.js is tree-shaken out of the bundle. */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

// Same system font as the rest of the UI (chart.js defaults to Helvetica) and a readable size for axis labels.
Chart.defaults.font.family = FONT_STACK;
Chart.defaults.font.size = 12;
Chart.defaults.color = '#5b6675';
