import { AID_TYPE_ITEMS, AidType, type CatalogueItem } from '@atensi/contracts';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import { oneOf } from '../beneficiaries/beneficiary-labels';
import { CatalogueSelect } from '../service-delivery/service-fields';
import { useRequestAid } from './social-aid.api';

/** A request for social aid: what kind, counted as which sub-activity, how much, and why. */
export function RequestAidModal({
  caseId,
  catalogue,
  opened,
  onClose,
  onDone,
}: {
  caseId: string;
  catalogue: CatalogueItem[];
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('socialAid.request.title')} centered size="lg">
      {opened && <RequestForm caseId={caseId} catalogue={catalogue} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function RequestForm({
  caseId,
  catalogue,
  onClose,
  onDone,
}: {
  caseId: string;
  catalogue: CatalogueItem[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const request = useRequestAid();
  const itemFor = (type: AidType) => catalogue.find((item) => item.code === AID_TYPE_ITEMS[type])?.id ?? null;
  const [aidType, setAidType] = useState<AidType>('cash');
  const [itemId, setItemId] = useState<string | null>(itemFor('cash'));
  const [amount, setAmount] = useState<number | ''>('');
  const [quantity, setQuantity] = useState<number | ''>(1);
  const [items, setItems] = useState('');
  const [reason, setReason] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const unit = catalogue.find((item) => item.id === itemId)?.unit;
  const required = t('beneficiaries.form.required');
  const problems: Record<string, string | null> = {
    catalogueItemId: itemId ? null : required,
    amountRupiah: unit === 'amount' && amount === '' ? required : null,
    items: unit === 'item' && items.trim().length < 2 ? required : null,
    reason: reason.trim().length < 3 ? required : null,
  };
  const shown = (field: string) => (isSubmitted ? problems[field] : null) ?? serverFieldError(request.error, field);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || !itemId) return;
    request.mutate(
      {
        caseId,
        input: {
          aidType,
          catalogueItemId: itemId,
          ...(unit === 'amount' && amount !== '' ? { amountRupiah: amount } : {}),
          ...(unit === 'item' && quantity !== '' ? { quantity } : {}),
          ...(unit === 'item' ? { items: items.trim() } : {}),
          reason: reason.trim(),
        },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="aid-request-form">
      <Stack gap="sm">
        {request.error ? <QueryErrorAlert error={request.error} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('socialAid.request.type')}
            data={AidType.options.map((value) => ({ value, label: t(`socialAid.types.${value}`) }))}
            value={aidType}
            onChange={(value) => {
              const next = oneOf(AidType.options, value);
              if (!next) return;
              setAidType(next);
              setItemId(itemFor(next));
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="aid-type"
          />
          <CatalogueSelect
            label={t('socialAid.request.item')}
            description={t('socialAid.request.itemHint')}
            catalogue={catalogue}
            units={['item', 'amount']}
            value={itemId}
            onChange={setItemId}
            required
            error={shown('catalogueItemId')}
            data-testid="aid-item"
          />
          {unit === 'amount' && (
            <NumberInput
              label={t('socialAid.request.amount')}
              value={amount}
              min={1000}
              allowDecimal={false}
              thousandSeparator="."
              decimalSeparator=","
              prefix="Rp "
              onChange={(value) => setAmount(typeof value === 'number' ? value : '')}
              required
              error={shown('amountRupiah')}
              data-testid="aid-amount"
            />
          )}
          {unit === 'item' && (
            <NumberInput
              label={t('plans.form.quantity')}
              value={quantity}
              min={1}
              allowDecimal={false}
              onChange={(value) => setQuantity(typeof value === 'number' ? value : '')}
              data-testid="aid-quantity"
            />
          )}
        </SimpleGrid>
        {unit === 'item' && (
          <TextInput
            label={t('socialAid.request.items')}
            description={t('socialAid.request.itemsHint')}
            value={items}
            onChange={(event) => setItems(event.currentTarget.value)}
            maxLength={300}
            required
            error={shown('items')}
            data-testid="aid-items"
          />
        )}
        <Textarea
          label={t('socialAid.request.reason')}
          description={t('socialAid.request.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          required
          error={shown('reason')}
          data-testid="aid-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={request.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={request.isPending} data-testid="aid-request-submit">
            {t('socialAid.request.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
