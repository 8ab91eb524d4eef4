"use client";

export { PageError as default } from "@/components/ui/segment-error";
