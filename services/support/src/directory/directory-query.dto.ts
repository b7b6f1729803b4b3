import { IntersectionType, PartialType } from '@nestjs/swagger';
import { PageQueryDto } from '../paging/page';
import { SupportNeedDto } from './support-need.dto';

/** `GET /organisations`: every part of the need narrows the list; none lists the whole directory. */
export class DirectoryQueryDto extends IntersectionType(PartialType(SupportNeedDto), PageQueryDto) {}
