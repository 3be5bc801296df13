import { IsInt, IsObject, Max, Min } from 'class-validator';

export class SaveDocumentDto {
  // Checked in depth against the kind's schema by validateContent.
  @IsObject({ message: 'content debe ser un objeto' })
  content!: Record<string, unknown>;

  @IsInt({ message: 'version debe ser un número entero' })
  @Min(0, { message: 'version no puede ser negativa' })
  @Max(1_000_000, { message: 'version es demasiado grande' })
  version!: number;
}

export class RegisterEntryDto {
  @IsObject({ message: 'content debe ser un objeto' })
  content!: Record<string, unknown>;
}
