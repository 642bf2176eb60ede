/** Form buttons and validation messages (French reference). */
export const formsFr = {
  form: {
    cancel: 'Annuler',
    save: 'Enregistrer',
    errors: {
      required: 'Obligatoire',
      tooLong: 'Texte trop long',
      invalidAmount: 'Montant illisible : écrivez par exemple 1 234,56',
      tooPrecise: 'Deux décimales au plus (les centimes)',
      tooLarge: 'Montant trop grand',
      positive: 'Le montant doit être supérieur à zéro',
      negative: 'Le montant ne peut pas être négatif',
      siren: 'Le SIREN compte 9 chiffres',
      email: 'Adresse e-mail invalide',
      date: 'Date invalide',
      dueBeforeIssue: 'L’échéance ne peut pas précéder la date de facture',
      exclVatOverAmount: 'Le montant HT ne peut pas dépasser le montant TTC',
      days: 'Un nombre de jours entre 0 et 365',
      country: 'Code pays à deux lettres (FR, BE…)',
      overOpen: 'Supérieur au reste dû de la facture',
      overAvailable: 'Le total dépasse le montant disponible ({{amount}})',
      nothingToAllocate: 'Indiquez au moins un montant à lettrer',
    },
  },
};
