// The password length rules on their own, so client forms can show them
// without pulling in the argon2 native module.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
