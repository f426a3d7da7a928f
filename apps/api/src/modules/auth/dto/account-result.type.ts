import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('RegisterResult', { description: 'The same for a new and an already known e-mail address: look in your mailbox.' })
export class RegisterResult {
  @Field({ description: 'What to tell the person, in the request language.' }) message!: string;
}

@ObjectType('RequestPasswordResetResult', { description: 'The same whether or not the address belongs to an account.' })
export class RequestPasswordResetResult {
  @Field({ description: 'What to tell the person, in the request language.' }) message!: string;
}

@ObjectType('ResendVerificationEmailResult')
export class ResendVerificationEmailResult {
  @Field({ description: 'What to tell the person, in the request language.' }) message!: string;
}
