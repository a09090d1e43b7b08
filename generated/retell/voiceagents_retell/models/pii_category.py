from enum import StrEnum


class PiiCategory(StrEnum):
    ADDRESS = "address"
    BANK_ACCOUNT = "bank_account"
    CREDIT_CARD = "credit_card"
    CUSTOMER_ACCOUNT_NUMBER = "customer_account_number"
    DATE_OF_BIRTH = "date_of_birth"
    DRIVER_LICENSE = "driver_license"
    EMAIL = "email"
    MEDICAL_ID = "medical_id"
    PASSPORT = "passport"
    PASSWORD = "password"
    PERSON_NAME = "person_name"
    PHONE_NUMBER = "phone_number"
    PIN = "pin"
    SSN = "ssn"

    def __str__(self) -> str:
        return str(self.value)
