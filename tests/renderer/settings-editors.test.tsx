import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeFailure } from './fake-bridge';
import { field, helperText, type } from './form-helpers';
import { renderApp } from './render-app';
import { settingsBridge } from './settings-fixtures';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

async function openTab(name: string) {
  fireEvent.click(await screen.findByRole('tab', { name }));
}

async function pick(combobox: HTMLElement, option: string | RegExp) {
  fireEvent.mouseDown(combobox);
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

function planCard(code: string): HTMLElement {
  const card = screen.getAllByTestId('plan-card').find((el) => el.dataset.planCode === code);
  if (!card) throw new Error(`no plan card ${code}`);
  return card;
}

describe('settings: dunning plans', () => {
  it('lists the plans with their clients and steps, the default one marked', async () => {
    renderApp(settingsBridge());
    await openTab('Scénarios de relance');
    await screen.findAllByTestId('plan-card');
    const standard = planCard('standard');
    expect(within(standard).getByText('Par défaut')).toBeTruthy();
    expect(within(standard).getByTestId('plan-client-count').textContent).toBe('120 clients · 3 étapes');
    expect(
      within(standard)
        .getAllByTestId('plan-step-line')
        .map((li) => li.textContent),
    ).toEqual(['J−5E-mailRappel de courtoisie', 'J+7CourrierPremière relance', 'J+45Recommandé ARMise en demeure']);
    expect(within(planCard('gentle')).queryByText('Par défaut')).toBeNull();
  });

  it('adds a step, keeps the steps in offset order and saves the plan', async () => {
    const bridge = settingsBridge();
    renderApp(bridge);
    await openTab('Scénarios de relance');
    await screen.findAllByTestId('plan-card');
    fireEvent.click(within(planCard('standard')).getByTestId('edit-plan'));
    const editor = await screen.findByTestId('plan-editor');
    fireEvent.click(within(editor).getByTestId('add-step'));
    const steps = within(editor).getAllByTestId('plan-step');
    expect(steps).toHaveLength(4);
    const added = steps[3]!;
    const offset = within(added).getByLabelText('Décalage (jours)');
    fireEvent.change(offset, { target: { value: '30' } });
    fireEvent.blur(offset);
    const [channel, templateSelect] = within(added).getAllByRole('combobox');
    await pick(channel!, 'Courrier');
    await pick(templateSelect!, 'Mise en demeure (FR)');
    // Blurred, the J+30 step moved between J+7 and J+45.
    expect(
      within(editor)
        .getAllByTestId('plan-step')
        .map((step) => (within(step).getByLabelText('Décalage (jours)') as HTMLInputElement).value),
    ).toEqual(['-5', '7', '30', '45']);
    fireEvent.click(within(editor).getByTestId('form-submit'));
    await waitFor(() =>
      expect(bridge.inputsOf('dunningPlans.save')).toEqual([
        {
          id: 1,
          code: 'standard',
          name: 'Standard',
          description: 'Le scénario par défaut.',
          steps: [
            { offsetDays: -5, channel: 'email', templateId: 10 },
            { offsetDays: 7, channel: 'letter', templateId: 11 },
            { offsetDays: 30, channel: 'letter', templateId: 12 },
            { offsetDays: 45, channel: 'registered_letter', templateId: 12 },
          ],
        },
      ]),
    );
    await waitFor(() => expect(screen.queryByTestId('plan-editor')).toBeNull());
    expect((await screen.findByTestId('notification')).textContent).toBe('Scénario enregistré');
  });

  it('puts the core’s error about one step on that step, and an unreadable offset is refused first', async () => {
    const bridge = settingsBridge({
      'dunningPlans.save': () => {
        throw new FakeFailure('validation', 'Step 2: offset 7 appears twice.', 'steps.1.offsetDays');
      },
    });
    renderApp(bridge);
    await openTab('Scénarios de relance');
    await screen.findAllByTestId('plan-card');
    fireEvent.click(within(planCard('standard')).getByTestId('edit-plan'));
    const editor = await screen.findByTestId('plan-editor');
    const offsets = () => within(editor).getAllByLabelText('Décalage (jours)') as HTMLInputElement[];
    fireEvent.change(offsets()[2]!, { target: { value: 'J+quinze' } });
    fireEvent.click(within(editor).getByTestId('form-submit'));
    await waitFor(() => expect(helperText(offsets()[2]!)).toBe('Un nombre de jours, par exemple -5 ou 7'));
    expect(bridge.inputsOf('dunningPlans.save')).toEqual([]);
    fireEvent.change(offsets()[2]!, { target: { value: 'J-60' } });
    fireEvent.click(within(editor).getByTestId('form-submit'));
    // Sorted before sending: J−60 first, so the core's step 1 is the J−5 row, now second.
    await waitFor(() => expect(helperText(offsets()[1]!)).toBe('Saisie invalide — Step 2: offset 7 appears twice.'));
    expect(offsets().map((input) => input.value)).toEqual(['J-60', '-5', '7']);
    expect(screen.getByTestId('plan-editor')).toBeTruthy();
  });

  it('shows the core’s refusal to archive the default plan', async () => {
    const bridge = settingsBridge({
      'dunningPlans.archive': () => {
        throw new FakeFailure('conflict', 'The plan “Standard” is the default plan: choose another default first.');
      },
    });
    renderApp(bridge);
    await openTab('Scénarios de relance');
    await screen.findAllByTestId('plan-card');
    fireEvent.click(within(planCard('standard')).getByTestId('archive-plan'));
    const confirm = await screen.findByTestId('confirm-dialog');
    fireEvent.click(within(confirm).getByTestId('confirm-action'));
    expect((await within(confirm).findByTestId('api-error')).textContent).toContain(
      'The plan “Standard” is the default plan: choose another default first.',
    );
    expect(bridge.inputsOf('dunningPlans.archive')).toEqual([{ id: 1, archived: true }]);
  });
});

describe('settings: template editor', () => {
  it('inserts a merge field at the cursor, previews the letter, and blocks saving on an unknown field', async () => {
    const bridge = settingsBridge();
    renderApp(bridge);
    await openTab('Modèles de lettres');
    const editor = await screen.findByTestId('template-editor');
    // French first, by level: the courtesy reminder is selected first.
    expect(field('Nom du modèle', editor).value).toBe('Rappel de courtoisie');
    const preview = await screen.findByTestId('letter-preview');
    await waitFor(() =>
      expect(within(preview).getByTestId('preview-subject').textContent).toBe('Objet : Rappel : échéance prochaine'),
    );
    expect(within(preview).getByTestId('preview-invoices').textContent).toContain('FA-2026-000123');
    expect(within(preview).getByTestId('preview-payment').textContent).toContain('FR76 3000 6000 0112 3456 7890 189');

    const subject = field('Objet', editor);
    fireEvent.focus(subject);
    subject.setSelectionRange(7, 7); // after "Rappel "
    fireEvent.click(
      within(editor)
        .getAllByTestId('merge-field')
        .find((chip) => chip.dataset.key === 'client.name')!,
    );
    expect(subject.value).toBe('Rappel {{client.name}}: échéance prochaine');
    await waitFor(() =>
      expect(within(screen.getByTestId('letter-preview')).getByTestId('preview-subject').textContent).toBe(
        'Objet : Rappel Boulangerie Martin: échéance prochaine',
      ),
    );

    const body = field('Texte de la lettre', editor);
    type('Texte de la lettre', 'Bonjour {{client.nme}},\n\n{{invoices.table}}', editor);
    await waitFor(() => expect(helperText(body)).toBe('Champ de fusion inconnu : {{client.nme}}'));
    expect((within(editor).getByTestId('template-save') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('template-blocked').textContent).toBe(
      'Corrigez le champ de fusion inconnu avant d’enregistrer.',
    );

    type('Texte de la lettre', 'Bonjour {{client.name}},\n\n{{invoices.table}}', editor);
    await waitFor(() =>
      expect(within(screen.getByTestId('letter-preview')).getAllByTestId('preview-paragraph')[0]!.textContent).toBe(
        'Bonjour Boulangerie Martin,',
      ),
    );
    expect(helperText(body)).not.toContain('inconnu');
    fireEvent.click(within(editor).getByTestId('template-save'));
    await waitFor(() =>
      expect(bridge.inputsOf('templates.save')).toEqual([
        {
          id: 10,
          name: 'Rappel de courtoisie',
          language: 'fr',
          level: 'courtesy',
          subject: 'Rappel {{client.name}}: échéance prochaine',
          body: 'Bonjour {{client.name}},\n\n{{invoices.table}}',
        },
      ]),
    );
  });

  it('makes a copy of a template and saves it as a new one', async () => {
    const bridge = settingsBridge();
    renderApp(bridge);
    await openTab('Modèles de lettres');
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: 'Modèles' }));
    fireEvent.click(
      (await screen.findAllByTestId('template-item')).find((item) => item.dataset.code === 'fr.formal_notice')!,
    );
    await waitFor(() =>
      expect(field('Nom du modèle', screen.getByTestId('template-editor')).value).toBe('Mise en demeure'),
    );
    fireEvent.click(screen.getByTestId('template-copy'));
    const editor = screen.getByTestId('template-editor');
    await waitFor(() => expect(field('Nom du modèle', editor).value).toBe('Copie de Mise en demeure'));
    await waitFor(() =>
      expect((within(editor).getByTestId('template-save') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(within(editor).getByTestId('template-save'));
    await waitFor(() =>
      expect(bridge.inputsOf('templates.save')).toEqual([
        {
          name: 'Copie de Mise en demeure',
          language: 'fr',
          level: 'formal_notice',
          subject: 'Relance',
          body: 'Madame, Monsieur,\n\n{{invoices.table}}',
        },
      ]),
    );
  });
});
