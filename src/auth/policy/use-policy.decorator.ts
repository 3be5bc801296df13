import { SetMetadata } from '@nestjs/common';
import { PolicyName } from './route-policies';

export const POLICY_KEY = 'enfoque:policy';
export const UsePolicy = (name: PolicyName): MethodDecorator & ClassDecorator => SetMetadata(POLICY_KEY, name);
