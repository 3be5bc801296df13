import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgencyScopeRegistry } from '../auth/policy/agency-scope.registry';
import { Principal } from '../auth/principal';
import { badRequest, conflict, notFound } from '../common/errors/domain.exception';
import { hasPgCode, PG_UNIQUE_VIOLATION } from '../common/errors/postgres-errors';
import { sexSeries } from './indicator-series';
import { CreateIndicatorDto } from './dto/create-indicator.dto';
import { RecordMeasurementDto } from './dto/record-measurement.dto';
import { DEFAULT_PARITY_BAND } from './gap-measures';
import { Indicator } from './indicator.entity';
import { toIndicatorView, toMeasurementView } from './indicator.views';
import { Measurement } from './measurement.entity';

const indicatorNotFound = () => notFound('INDICATOR_NOT_FOUND', 'El indicador indicado no existe');

@Injectable()
export class IndicatorsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: AgencyScopeRegistry,
  ) {}

  onModuleInit(): void {
    // Routes under /indicators/:indicatorId are authorised in the indicator's agency.
    this.scopes.register(
      'indicatorId',
      async (id) =>
        (await this.dataSource.getRepository(Indicator).findOne({ where: { id }, select: { agencyId: true } }))
          ?.agencyId ?? null,
      { immutable: true },
    );
  }

  async create(agencyId: string, dto: CreateIndicatorDto, principal: Principal) {
    const band = dto.parityBand ?? DEFAULT_PARITY_BAND;
    try {
      const indicator = await this.dataSource.transaction((manager) =>
        manager.save(
          manager.create(Indicator, {
            agencyId,
            code: dto.code,
            name: dto.name,
            product: dto.product ?? null,
            unit: dto.unit,
            numerator: dto.numerator,
            denominator: dto.denominator ?? null,
            convention: dto.convention,
            parityLower: band.lower,
            parityUpper: band.upper,
            verificationMeans: dto.verificationMeans,
            goalOn: dto.goalOn ?? 'gap',
            baseline: dto.baseline ?? null,
            annualGoal: dto.annualGoal,
            mediumTermGoal: dto.mediumTermGoal ?? null,
            longTermGoal: dto.longTermGoal ?? null,
            createdBy: principal.userId,
          }),
        ),
      );
      return toIndicatorView(indicator);
    } catch (error) {
      if (hasPgCode(error, PG_UNIQUE_VIOLATION, 'uq_indicators_agency_code')) {
        throw conflict('INDICATOR_CODE_TAKEN', 'Este servicio ya tiene un indicador con ese código');
      }
      throw error;
    }
  }

  async list(agencyId: string) {
    const indicators = await this.dataSource
      .getRepository(Indicator)
      .find({ where: { agencyId }, order: { code: 'ASC' } });
    return indicators.map(toIndicatorView);
  }

  async get(indicatorId: string) {
    const indicator = await this.load(indicatorId);
    const measurements = await this.dataSource
      .getRepository(Measurement)
      .find({ where: { indicatorId }, order: { period: 'ASC' } });
    return {
      ...toIndicatorView(indicator),
      measurements: measurements.map((m) => toMeasurementView(indicator, m)),
      series: sexSeries(measurements),
    };
  }

  async record(indicatorId: string, dto: RecordMeasurementDto, principal: Principal) {
    const indicator = await this.load(indicatorId);
    const overHundred = (['women', 'men', 'notReported'] as const).filter((f) => (dto[f] ?? 0) > 100);
    if (indicator.unit === 'percent' && overHundred.length > 0) {
      throw badRequest('VALIDATION_FAILED', 'Los datos enviados no son válidos', {
        fields: overHundred.map((path) => ({ path, message: `${path} es un porcentaje: debe estar entre 0 y 100` })),
      });
    }
    try {
      const measurement = await this.dataSource.transaction((manager) =>
        manager.save(
          manager.create(Measurement, {
            indicatorId,
            period: dto.period,
            women: dto.women,
            men: dto.men,
            notReported: dto.notReported ?? null,
            recordedBy: principal.userId,
          }),
        ),
      );
      return toMeasurementView(indicator, measurement);
    } catch (error) {
      if (hasPgCode(error, PG_UNIQUE_VIOLATION, 'uq_indicator_measurements_period')) {
        throw conflict('MEASUREMENT_EXISTS', `El indicador ya tiene una medición para el período ${dto.period}`);
      }
      throw error;
    }
  }

  private async load(indicatorId: string): Promise<Indicator> {
    const indicator = await this.dataSource.getRepository(Indicator).findOne({ where: { id: indicatorId } });
    if (!indicator) throw indicatorNotFound();
    return indicator;
  }
}
