import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PublicStatsDocument, type PublicStatsQuery } from '../../../generated/graphql';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { useFormatDate } from '../../../ui/useFormatDate';
import { useFormatMoney, useFormatNumber } from '../../../ui/useFormatMoney';
import { BarChart } from '../components/BarChart';
import { ScrollTable } from '../components/ScrollTable';

type Stats = PublicStatsQuery['stats'];

/** Public figures: how fast the municipality answers, and what the neighbourhoods brought. */
export function FiguresPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PublicStatsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeading title={t('figures.title')} />
      <p className="utrecht-paragraph">{t('figures.intro')}</p>
      {loading && !data ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch().catch(() => undefined)} /> : null}
      {data ? <Figures stats={data.stats} /> : null}
    </>
  );
}

function Figures({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatNumber = useFormatNumber();
  const formatMoney = useFormatMoney();
  const days = (value: number | null | undefined) =>
    value === null || value === undefined ? t('figures.noData') : t('figures.days', { count: value, days: formatNumber(value) });
  const share = (value: number | null | undefined) =>
    value === null || value === undefined ? t('figures.noData') : `${formatNumber(Math.round(value * 100))}%`;
  const areaName = (row: Stats['responseTimes'][number]) =>
    row.total ? t('figures.wholeMunicipality') : (row.neighbourhood?.name ?? t('figures.unknownArea'));
  const total = stats.responseTimes.find((row) => row.total);
  const byNeighbourhood = stats.impact.filter((row) => row.neighbourhood);
  const byTheme = stats.impact.filter((row) => row.theme && !row.neighbourhood);

  return (
    <>
      <p className="utrecht-paragraph">{t('figures.period', { from: formatDate(stats.from), to: formatDate(stats.to) })}</p>
      <h2 className="utrecht-heading-2">{t('figures.responseHeading')}</h2>
      {total ? (
        <p className="utrecht-paragraph">
          {t('figures.responseSummary', {
            count: total.published,
            firstDays: days(total.medianDaysToFirstResponse),
            firstShare: share(total.firstResponsesOnTimeShare),
            overdue: total.overdue,
          })}
        </p>
      ) : null}
      <h3 className="utrecht-heading-3">{t('figures.chartFirstResponse')}</h3>
      <BarChart
        rows={stats.responseTimes.map((row) => ({
          label: areaName(row),
          value: row.medianDaysToFirstResponse ?? null,
          valueText: days(row.medianDaysToFirstResponse),
        }))}
      />
      <ScrollTable caption={t('figures.responseCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('figures.area')}</th>
            <th scope="col">{t('figures.published')}</th>
            <th scope="col">{t('figures.open')}</th>
            <th scope="col">{t('figures.overdue')}</th>
            <th scope="col">{t('figures.medianFirst')}</th>
            <th scope="col">{t('figures.p90First')}</th>
            <th scope="col">{t('figures.firstOnTime')}</th>
            <th scope="col">{t('figures.medianDecision')}</th>
            <th scope="col">{t('figures.p90Decision')}</th>
            <th scope="col">{t('figures.decisionOnTime')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.responseTimes.map((row, index) => (
            <tr key={row.neighbourhood?.id ?? `total-${index}`}>
              <th scope="row">{areaName(row)}</th>
              <td>{row.published}</td>
              <td>{row.openAwaitingResponse}</td>
              <td>{row.overdue}</td>
              <td>{days(row.medianDaysToFirstResponse)}</td>
              <td>{days(row.p90DaysToFirstResponse)}</td>
              <td>{share(row.firstResponsesOnTimeShare)}</td>
              <td>{days(row.medianDaysToDecision)}</td>
              <td>{days(row.p90DaysToDecision)}</td>
              <td>{share(row.decisionsOnTimeShare)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <h2 className="utrecht-heading-2">{t('figures.impactHeading')}</h2>
      {byNeighbourhood.length === 0 && byTheme.length === 0 ? <p className="utrecht-paragraph">{t('figures.impactNone')}</p> : null}
      {byNeighbourhood.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">{t('figures.chartHours')}</h3>
          <BarChart
            rows={byNeighbourhood.map((row) => ({
              label: row.neighbourhood?.name ?? '',
              value: row.deliveredHours,
              valueText: t('figures.hours', { hours: formatNumber(row.deliveredHours) }),
            }))}
          />
        </>
      ) : null}
      {[
        { rows: byNeighbourhood, caption: t('figures.impactByNeighbourhood'), head: t('figures.neighbourhood') },
        { rows: byTheme, caption: t('figures.impactByTheme'), head: t('figures.theme') },
      ].map(({ rows, caption, head }) =>
        rows.length > 0 ? (
          <ScrollTable key={caption} caption={caption}>
            <thead>
              <tr>
                <th scope="col">{head}</th>
                <th scope="col">{t('figures.deliveredHours')}</th>
                <th scope="col">{t('figures.materials')}</th>
                <th scope="col">{t('figures.pledgedMoney')}</th>
                <th scope="col">{t('figures.matched')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.neighbourhood?.id ?? row.theme?.id}>
                  <th scope="row">{row.neighbourhood?.name ?? row.theme?.name}</th>
                  <td>{formatNumber(row.deliveredHours)}</td>
                  <td>{formatNumber(row.materialsDelivered)}</td>
                  <td>{formatMoney(row.pledgedMoneyCents)}</td>
                  <td>{formatMoney(row.matchedCents)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ) : null,
      )}
    </>
  );
}
