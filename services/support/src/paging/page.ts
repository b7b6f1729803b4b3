import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { FilterQuery, Model, SortOrder } from 'mongoose';

/** `?page=&pageSize=` of every list; the defaults apply when a parameter is absent. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  /** Matching records across all pages. */
  total: number;
}

/** One page of a model's records and the total count, in a fixed order so pages never overlap. */
export async function readPage<T, V>(
  model: Model<T>,
  filter: FilterQuery<T>,
  order: Record<string, SortOrder>,
  { page, pageSize }: Pick<PageQueryDto, 'page' | 'pageSize'>,
  view: (record: T) => V,
): Promise<Page<V>> {
  const [records, total] = await Promise.all([
    model
      .find(filter)
      .sort(order)
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .lean<T[]>(),
    model.countDocuments(filter),
  ]);
  return { items: records.map(view), page, pageSize, total };
}
